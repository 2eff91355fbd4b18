// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "framing",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "framing", targets: ["framing"]),
    .library(name: "FramingCore", targets: ["FramingCore"]),
    .library(name: "FramingStatistics", targets: ["FramingStatistics"]),
    .library(name: "FramingReports", targets: ["FramingReports"]),
    .library(name: "FramingJobs", targets: ["FramingJobs"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CGSL", pkgConfig: "gsl", providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]),
    .systemLibrary(
      name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(
      name: "FramingCore",
      dependencies: [
        "CStemmer", "CZlib",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "FramingStatistics", dependencies: ["FramingCore", "CGSL"]),
    .target(
      name: "FramingReports",
      dependencies: [
        "FramingCore", "FramingStatistics", .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    .target(
      name: "FramingJobs", dependencies: ["FramingCore", "FramingStatistics", "FramingReports"]),
    .executableTarget(
      name: "framing",
      dependencies: [
        "FramingJobs", "FramingReports", "FramingStatistics", "FramingCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(
      name: "FramingTestSupport", dependencies: ["FramingCore", "FramingJobs"],
      path: "Tests/FramingTestSupport"),
    .testTarget(name: "FramingCoreTests", dependencies: ["FramingCore", "FramingTestSupport"]),
    .testTarget(
      name: "FramingStatisticsTests", dependencies: ["FramingStatistics", "FramingTestSupport"]),
    .testTarget(
      name: "FramingReportsTests",
      dependencies: ["FramingReports", "FramingJobs", "FramingTestSupport"]),
    .testTarget(
      name: "FramingJobsTests", dependencies: ["FramingJobs", "FramingTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "FramingCLITests",
      dependencies: ["framing", "FramingReports", "FramingTestSupport"]),
  ]
)
