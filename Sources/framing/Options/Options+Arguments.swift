import ArgumentParser
import FramingCore
import FramingJobs
import FramingReports

extension VoiceSelection: ExpressibleByArgument {}
extension OverlapPolicy: ExpressibleByArgument {}
extension ReportedSpeechPolicy: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension PeriodUnit: ExpressibleByArgument {}
extension LexiconSheet.ImportMode: ExpressibleByArgument {}
extension Voice: ExpressibleByArgument {}
