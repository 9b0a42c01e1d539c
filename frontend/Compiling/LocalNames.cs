using StencilBench.Frontend.Syntax;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// Python's scoping rule for a function of the subset: a name is local when it is a parameter or
/// is assigned anywhere in the body (plain, augmented, unpacking or for-loop target); every other
/// name must be one of the supported builtins, called.
/// </summary>
internal static class LocalNames
{
    /// <summary>The builtins a function may call (how many arguments each takes is checked when it runs, as in Python).</summary>
    public static readonly HashSet<string> Builtins = ["len", "range", "abs", "min", "max", "float", "int"];

    public static HashSet<string> Of(FunctionDef function)
    {
        var locals = new HashSet<string>(function.Args);
        foreach (Stmt s in function.Body)
        {
            Collect(s, locals);
        }
        return locals;
    }

    private static void Collect(Stmt s, HashSet<string> locals)
    {
        switch (s)
        {
            case AssignStmt a:
                Targets(a.Target, locals);
                break;
            case AugAssignStmt a:
                Targets(a.Target, locals);
                break;
            case ForStmt f:
                Targets(f.Target, locals);
                Body(f.Body, locals);
                break;
            case WhileStmt w:
                Body(w.Body, locals);
                break;
            case IfStmt i:
                Body(i.Body, locals);
                Body(i.OrElse, locals);
                break;
        }
    }

    private static void Body(IEnumerable<Stmt> body, HashSet<string> locals)
    {
        foreach (Stmt s in body)
        {
            Collect(s, locals);
        }
    }

    private static void Targets(Expr target, HashSet<string> locals)
    {
        switch (target)
        {
            case NameExpr n:
                locals.Add(n.Id);
                break;
            case TupleExpr t:
                foreach (Expr item in t.Items)
                {
                    Targets(item, locals);
                }
                break;
            case ListExpr l:
                foreach (Expr item in l.Items)
                {
                    Targets(item, locals);
                }
                break;
        }
    }
}
