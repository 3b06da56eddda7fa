// The study, progress and report layers build on the checker's core: one import gives both.
@_exported import FactCheckCore
