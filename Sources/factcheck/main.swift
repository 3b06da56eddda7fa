import FactCheckKit
print(EmbeddedBanks.files.count)
