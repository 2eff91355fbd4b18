// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for FramingCore, kept out of the main package so that its build and tests
// do not change. Built and run by `scripts/fuzz`, which passes
// `-Xswiftc -sanitize=fuzzer,address`.
let dependencies: [Target.Dependency] = [
  .product(name: "FramingCore", package: "framing"), "CFuzzerDriver",
]

let package = Package(
  name: "FramingFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    // Named, so that the checkout's folder name (framing, wt-fuzz, ...) does not matter.
    .package(name: "framing", path: "..")
  ],
  targets: [
    .target(name: "CFuzzerDriver"),
    .executableTarget(name: "FuzzText", dependencies: dependencies),
    .executableTarget(name: "FuzzLexicon", dependencies: dependencies),
    .executableTarget(name: "FuzzManifest", dependencies: dependencies),
    .executableTarget(name: "FuzzJSONL", dependencies: dependencies),
    .executableTarget(name: "FuzzStructured", dependencies: dependencies),
  ]
)
