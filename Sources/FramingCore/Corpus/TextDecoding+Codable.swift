extension TextDecoding.Encoding: Codable {}
