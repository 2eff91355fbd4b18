import Foundation

extension OutputSet {
  /// What an output path names, checked before anything is written: outputs go only to regular
  /// files (written to a temporary name and renamed into place), to a character device such as
  /// /dev/null (written in place, never renamed over), or to standard output (`-`, which the
  /// commands handle before an `OutputSet` is made).
  public enum Target: Equatable, Sendable {
    /// `-`: standard output.
    case standardOutput
    /// Nothing exists at the path yet; it will be a regular file.
    case newFile
    /// A regular file (or a symbolic link to one), replaced atomically.
    case regularFile
    /// A character device (or a link to one), such as /dev/null: opened and written in place.
    case characterDevice

    /// Classifies `path`; throws `cannotWrite` naming what the path is when framing must not
    /// write there: a FIFO, a folder, a socket, a block device, or a link to one of them.
    public static func check(_ path: String) throws(OutputSet.WriteError) -> Target {
      if path == "-" { return .standardOutput }
      var link = stat()
      guard lstat(path, &link) == 0 else {
        if errno == ENOENT { return .newFile }
        throw .cannotWrite(
          path: path, reason: String(cString: strerror(errno)), restored: false)
      }
      var info = link
      let isLink = (link.st_mode & S_IFMT) == S_IFLNK
      if isLink {
        // A dangling link is created through, as `rename` would replace the link itself.
        guard stat(path, &info) == 0 else { return .newFile }
      }
      let kind = info.st_mode & S_IFMT
      if kind == S_IFREG { return .regularFile }
      if kind == S_IFCHR { return .characterDevice }
      let what: String
      switch kind {
      case S_IFIFO: what = "a FIFO (named pipe)"
      case S_IFDIR: what = "a folder"
      case S_IFSOCK: what = "a socket"
      case S_IFBLK: what = "a block device"
      default: what = "not a regular file"
      }
      throw .cannotWrite(
        path: path,
        reason: "the target is \(isLink ? "a symbolic link to " : "")\(what); framing writes "
          + "only to regular files, to a character device such as /dev/null, or to standard "
          + "output with -",
        restored: false)
    }
  }

  /// Writes `data` into an existing character device, in place (no temporary, no rename).
  static func writeInPlace(_ data: Data, to path: String) throws(OutputSet.WriteError) {
    let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)), restored: false)
    }
    defer { close(fd) }
    var failure: Int32 = 0
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, let base = raw.baseAddress {
        let n = write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
    if failure != 0 {
      throw .cannotWrite(path: path, reason: String(cString: strerror(failure)), restored: false)
    }
  }
}
