namespace StencilBench.Frontend.Syntax;

/// <summary>What may be assigned to: a name, a subscript, or a tuple or list of those.</summary>
internal static class Targets
{
    public static Expr Check(Expr target, string context)
    {
        switch (target)
        {
            case NameExpr or SubscriptExpr:
                return target;
            case TupleExpr tuple when tuple.Items.Length > 0:
                foreach (Expr item in tuple.Items)
                {
                    Check(item, context);
                }
                return target;
            case ListExpr list when list.Items.Length > 0:
                foreach (Expr item in list.Items)
                {
                    Check(item, context);
                }
                return target;
            default:
                throw new PythonSyntaxError(target.Pos, $"cannot assign to {Describe(target)} in {context}");
        }
    }

    private static string Describe(Expr e) => e switch
    {
        ConstantExpr => "a literal",
        CallExpr => "a function call",
        CompareExpr => "a comparison",
        BinaryExpr or UnaryExpr or BoolOpExpr => "an expression",
        _ => "this expression",
    };
}
