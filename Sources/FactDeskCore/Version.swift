public enum FactDeskVersion { public static let current = "0.1.0" }
