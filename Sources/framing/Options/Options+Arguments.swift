import ArgumentParser
import FramingCore
import FramingStatistics

extension VoiceSelection: ExpressibleByArgument {}
extension OverlapPolicy: ExpressibleByArgument {}
extension ReportedSpeechPolicy: ExpressibleByArgument {}
