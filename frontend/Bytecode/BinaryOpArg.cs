namespace StencilBench.Frontend.Bytecode;

/// <summary>
/// <c>BINARY_OP</c>'s opargs: CPython's <c>NB_*</c> numbers (<c>Include/internal/pycore_opcode_utils.h</c>);
/// an in-place form is its operator's number + 13, and 26 is a subscript.
/// </summary>
public static class BinaryOpArg
{
    public const int Add = 0;
    public const int FloorDivide = 2;
    public const int Multiply = 5;
    public const int Remainder = 6;
    public const int Power = 8;
    public const int Subtract = 10;
    public const int TrueDivide = 11;
    public const int InPlaceOffset = 13;
    public const int Subscript = 26;

    private static readonly string[] Symbols =
        ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

    /// <summary>The operator as <c>dis</c> prints it: <c>+</c>, <c>+=</c>, <c>[]</c>.</summary>
    public static string Symbol(int arg) => arg switch
    {
        Subscript => "[]",
        >= 0 and < InPlaceOffset => Symbols[arg],
        >= InPlaceOffset and < Subscript => Symbols[arg - InPlaceOffset] + "=",
        _ => "?",
    };

    /// <summary>The oparg of an operator symbol (<c>+</c>, <c>//</c>, ...), or -1 for none.</summary>
    public static int Of(string symbol) => Array.IndexOf(Symbols, symbol);
}
