import Foundation
import Mustache

/// Template lookups by field name. Mustache finds a field of a plain value by reflecting every
/// field and keeping the one with the name, for every `{{name}}` and for every level of the
/// context it searches: a third of a 50-outlet report's time. A model type that conforms finds
/// the field's position once per type and reflects that field alone.
public protocol TemplateFields: MustacheParent {}

extension TemplateFields {
  public func child(named name: String) -> Any? {
    let children = Mirror(reflecting: self).children
    guard let offset = FieldOffsets.shared.offset(of: name, in: Self.self, children) else {
      return nil
    }
    let value = children[children.index(children.startIndex, offsetBy: offset)].value
    // As Mustache does: an Optional's value, or nothing when nil.
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
  }
}

/// Per model type, each field's position among its reflected children.
private final class FieldOffsets: @unchecked Sendable {
  static let shared = FieldOffsets()
  private let lock = NSLock()
  private var offsets: [ObjectIdentifier: [String: Int]] = [:]

  func offset(of name: String, in type: Any.Type, _ children: Mirror.Children) -> Int? {
    let key = ObjectIdentifier(type)
    if let known = lock.withLock({ offsets[key] }) { return known[name] }
    var table: [String: Int] = [:]
    for (i, child) in children.enumerated() {
      if let label = child.label, table[label] == nil { table[label] = i }
    }
    lock.withLock { offsets[key] = table }
    return table[name]
  }
}

extension ReportModel: TemplateFields {}
extension ReportModel.Column: TemplateFields {}
extension ReportModel.Cell: TemplateFields {}
extension ReportModel.Row: TemplateFields {}
extension ReportModel.Table: TemplateFields {}
extension ReportModel.Figure: TemplateFields {}
extension ReportModel.TestSummary: TemplateFields {}
extension ReportModel.ModuleSection: TemplateFields {}
extension ReportModel.Note: TemplateFields {}
extension ReportModel.Passage: TemplateFields {}
extension ReportModel.EvidenceGroup: TemplateFields {}
extension ReportModel.OutletModule: TemplateFields {}
extension ReportModel.SharedCopySection: TemplateFields {}
extension ReportModel.SharedPassageItem: TemplateFields {}
extension ReportModel.PeriodSection: TemplateFields {}
extension ReportModel.PeriodModule: TemplateFields {}
extension ReportModel.OutletPage: TemplateFields {}
extension ReportModel.SummaryGrid: TemplateFields {}
extension ReportModel.GridRow: TemplateFields {}
extension ReportModel.GridCell: TemplateFields {}
extension ReportModel.Profile: TemplateFields {}
extension ReportModel.Caveat: TemplateFields {}
extension ReportModel.Method: TemplateFields {}
