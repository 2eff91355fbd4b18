import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

@Suite struct DiffJobTests {
  static let countsHeader = "outlet,document,module,target,category,entry,voice,status,count\r\n"
  static let scoresHeader =
    "outlet,module,target,voice,reported_as,documents,tokens,tokens_author,tokens_quote,tokens_reported,target_mentions,matches_author,matches_quote,matches_reported,matches,matches_distanced,matches_not_target,rate_per_1000,stance_index,stance_lower,stance_upper,confidence\r\n"

  @Test func listsChangedEntriesAndScoresAtTheCoarserPrecision() throws {
    let old = try Fixtures.makeFolder([
      "counts.csv": Data(
        (Self.countsHeader
          + "A,a.txt,kim,Kim,neg,Diktator,author,counted,2\r\n"
          + "A,b.txt,kim,Kim,neg,Diktator,quote,counted,1\r\n"
          + "A,a.txt,putin,Putin,neg,Diktator,author,not-target,1\r\n"
          + "B,c.txt,war,,neu,Krieg,author,counted,4\r\n").utf8),
      "scores.csv": Data(
        (Self.scoresHeader
          + "A,kim,Kim,author,quote,2,300,200,50,50,3,2,1,0,2,0,0,10.000,-2.000,,,0.95\r\n"
          + "B,war,,author,quote,1,100,100,0,0,0,4,0,0,4,0,0,40.000,0.500,,,0.95\r\n").utf8),
    ])
    // NEW in the German dialect, four decimals; B unchanged but for the decimals.
    let new = try Fixtures.makeFolder([
      "counts.csv": Data(
        ("\u{FEFF}" + Self.countsHeader.replacingOccurrences(of: ",", with: ";")
          + "A;a.txt;kim;Kim;neg;Diktator;author;counted;2\r\n"
          + "A;a.txt;putin;Putin;neg;Diktator;author;counted;1\r\n"
          + "B;c.txt;war;;neu;Krieg;author;counted;4\r\n").utf8),
      "scores.csv": Data(
        ("\u{FEFF}" + Self.scoresHeader.replacingOccurrences(of: ",", with: ";")
          + "A;kim;Kim;author;quote;2;300;200;50;50;3;2;0;0;2;0;0;6,6667;-2,0000;;;0,95\r\n"
          + "B;war;;author;quote;1;100;100;0;0;0;4;0;0;4;0;0;40,0000;0,5000;;;0,95\r\n").utf8),
    ])
    let outcome = try DiffJob(old: old, oldDisplay: "old", new: new, newDisplay: "new").run()
    #expect(
      outcome.entries == [
        .init(
          key: .init(outlet: "A", module: "kim", entry: "Diktator"), old: .init(counted: 3),
          new: .init(counted: 2)),
        .init(
          key: .init(outlet: "A", module: "putin", entry: "Diktator"), old: .init(notTarget: 1),
          new: .init(counted: 1)),
      ])
    #expect(
      outcome.scores == [
        .init(outlet: "A", module: "kim", measure: "rate_per_1000", old: "10.000", new: "6.6667")
      ])
    let tables = outcome.tables()
    #expect(
      tables[0].csv()
        == "outlet,module,entry,counted_old,counted_new,distanced_old,distanced_new,not_target_old,not_target_new,shared_copy_old,shared_copy_new\r\n"
        + "A,kim,Diktator,3,2,0,0,0,0,0,0\r\nA,putin,Diktator,0,1,0,0,1,0,0,0\r\n")
    #expect(
      tables[1].csv()
        == "outlet,module,measure,old,new\r\nA,kim,rate_per_1000,10.0000,6.6667\r\n")
    #expect(
      outcome.terminalReport().hasSuffix("2 entries and 1 score changed in 2 modules\n"))
  }

  @Test func aFolderWithoutOutputsIsAnErrorNamingTheFile() throws {
    let empty = try Fixtures.temporaryDirectory()
    #expect {
      try DiffJob(old: empty, oldDisplay: "before", new: empty, newDisplay: "after").run()
    } throws: { error in
      "\(error)"
        == "before/counts.csv: error: cannot read the file (is this a folder written by framing report?)"
    }
  }
}
