// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "factdesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "factdesk", targets: ["factdesk"]),
    .library(name: "FactDeskCore", targets: ["FactDeskCore"]),
    .library(name: "FactDeskShell", targets: ["FactDeskShell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    // System libraries: a module map and a shim each, only for what Swift cannot call.
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // libcurl, opened on first fetch rather than linked, so start-up does not load it.
    .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

    // The domain: loading, segmenting, reviewing, storing, exporting. Knows nothing of terminals.
    .target(
      name: "FactDeskCore",
      dependencies: [
        "CLibXML2",
        "CCurl",
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's own API, for the statements every review command runs (BoundStatement).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The REPL as a library: registry, tokenizer, line sources, renderers, commands.
    .target(name: "FactDeskShell", dependencies: ["FactDeskCore", "CLibEdit"]),
    .executableTarget(
      name: "factdesk",
      dependencies: [
        "FactDeskShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Review throughput and read latency on generated stores; see Benchmarks/REVIEW.md.
    .executableTarget(
      name: "review-bench",
      dependencies: [
        "FactDeskShell",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      path: "Benchmarks/ReviewBench"
    ),

    // Release-mode driver for the segmenter measurements in Benchmarks/SEGMENTER.md.
    .executableTarget(
      name: "segment-bench", dependencies: ["FactDeskCore"], path: "Benchmarks/SegmentBench"),

    .testTarget(
      name: "FactDeskCoreTests", dependencies: ["FactDeskCore"],
      // Read through #filePath so the tests see the files exactly as committed.
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "FactDeskShellTests",
      dependencies: ["FactDeskShell", "factdesk"],
      resources: []
    ),
  ],
  swiftLanguageModes: [.v6]
)
