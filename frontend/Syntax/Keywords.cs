namespace StencilBench.Frontend.Syntax;

/// <summary>Python's reserved words, and the ones that start statements the subset leaves out.</summary>
internal static class Keywords
{
    public static readonly HashSet<string> Reserved =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>Statement keywords outside the subset, with the construct's name for the error.</summary>
    public static readonly Dictionary<string, string> UnsupportedStatements = new()
    {
        ["class"] = "a class definition",
        ["try"] = "a try statement",
        ["with"] = "a with statement",
        ["async"] = "an async statement",
        ["del"] = "a del statement",
        ["global"] = "a global statement",
        ["nonlocal"] = "a nonlocal statement",
        ["import"] = "an import statement",
        ["from"] = "an import statement",
        ["raise"] = "a raise statement",
        ["assert"] = "an assert statement",
        ["yield"] = "a yield expression",
        ["await"] = "an await expression",
        ["lambda"] = "a lambda",
    };
}
