"""Staff #commands: the parser (parsing), the registry (registry), and one module per command that registers its
handler by name, so a new command is one new file here (the registry imports every module of this package).
"""
