using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Syntax;
using StencilBench.Workloads.Format;

namespace StencilBench.Frontend.Compiling;

/// <summary>Expressions and conditional jumps, in the shapes of CPython 3.14's <c>codegen_*</c> functions.</summary>
internal sealed partial class CodeGenerator
{
    private void Expression(Expr e)
    {
        switch (e)
        {
            case NameExpr n:
                LoadName(n);
                break;
            case ConstantExpr c:
                LoadConst(c.Value, c.Pos);
                break;
            case BinaryExpr b:
                Expression(b.Left);
                Expression(b.Right);
                Emit(Opcode.BINARY_OP, BinaryOpArg.Of(b.Op), b.Pos);
                break;
            case UnaryExpr { Op: "not" } u:
                Expression(u.Operand);
                Emit(Opcode.TO_BOOL, u.Pos);
                Emit(Opcode.UNARY_NOT, u.Pos);
                break;
            case UnaryExpr u:
                Expression(u.Operand);
                Emit(Opcode.UNARY_NEGATIVE, u.Pos);
                break;
            case BoolOpExpr b:
                BoolOp(b);
                break;
            case CompareExpr c:
                Compare(c);
                break;
            case CallExpr c:
                Call(c);
                break;
            case SubscriptExpr s:
                Expression(s.Value);
                Expression(s.Index);
                Emit(Opcode.BINARY_OP, BinaryOpArg.Subscript, s.Pos);
                break;
            case ListExpr l:
                l.Items.ToList().ForEach(Expression);
                Emit(Opcode.BUILD_LIST, l.Items.Length, l.Pos);
                break;
            case TupleExpr t:
                t.Items.ToList().ForEach(Expression);
                Emit(Opcode.BUILD_TUPLE, t.Items.Length, t.Pos);
                break;
            default:
                throw PythonSyntaxError.Unsupported(e.Pos, "this expression");
        }
    }

    private void LoadName(NameExpr n)
    {
        if (_locals.Contains(n.Id))
        {
            Emit(Opcode.LOAD_FAST, VarIndex(n.Id), n.Pos);
            return;
        }
        throw LocalNames.Builtins.Contains(n.Id)
            ? PythonSyntaxError.Unsupported(n.Pos, $"the builtin '{n.Id}' used other than called")
            : PythonSyntaxError.Unsupported(n.Pos, $"the global name '{n.Id}' (never assigned in '{_function.Name}')");
    }

    private void Call(CallExpr c)
    {
        string name = c.Function.Id;
        if (_locals.Contains(name) || !LocalNames.Builtins.Contains(name))
        {
            throw PythonSyntaxError.Unsupported(c.Pos, $"a call to '{name}'");
        }
        Emit(Opcode.LOAD_GLOBAL, NameIndex(name) << 1, c.Function.Pos);
        Emit(Opcode.PUSH_NULL, c.Function.Pos);
        foreach (Expr arg in c.Args)
        {
            Expression(arg);
        }
        Emit(Opcode.CALL, c.Args.Length, c.Pos);
    }

    private void BoolOp(BoolOpExpr b)
    {
        Opcode jump = b.IsAnd ? PseudoOp.JumpIfFalse : PseudoOp.JumpIfTrue;
        var end = new Label();
        for (int i = 0; i < b.Values.Length - 1; i++)
        {
            Expression(b.Values[i]);
            Jump(jump, end, b.Pos);
            Emit(Opcode.POP_TOP, b.Pos);
        }
        Expression(b.Values[^1]);
        Use(end);
    }

    private void Compare(CompareExpr c)
    {
        Expression(c.Left);
        if (c.Ops.Length == 1)
        {
            Expression(c.Comparators[0]);
            AddCompare(c.Ops[0], c.Pos);
            return;
        }
        var cleanup = new Label();
        for (int i = 0; i < c.Ops.Length - 1; i++)
        {
            Expression(c.Comparators[i]);
            Emit(Opcode.SWAP, 2, c.Pos);
            Emit(Opcode.COPY, 2, c.Pos);
            AddCompare(c.Ops[i], c.Pos);
            Emit(Opcode.COPY, 1, c.Pos);
            Emit(Opcode.TO_BOOL, c.Pos);
            Jump(Opcode.POP_JUMP_IF_FALSE, cleanup, c.Pos);
            Emit(Opcode.POP_TOP, c.Pos);
        }
        Expression(c.Comparators[^1]);
        AddCompare(c.Ops[^1], c.Pos);
        var end = new Label();
        Jump(PseudoOp.JumpNoInterrupt, end, _noLocation);
        Use(cleanup);
        Emit(Opcode.SWAP, 2, c.Pos);
        Emit(Opcode.POP_TOP, c.Pos);
        Use(end);
    }

    private void AddCompare(string op, SourcePos pos)
    {
        ComparisonOparg.TryGet(op, out int arg);
        Emit(Opcode.COMPARE_OP, arg, pos);
    }

    /// <summary>Jumps to <paramref name="next"/> when <paramref name="e"/>'s truth equals <paramref name="cond"/>, as <c>codegen_jump_if</c>.</summary>
    private void JumpIf(Expr e, Label next, bool cond)
    {
        switch (e)
        {
            case UnaryExpr { Op: "not" } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOpExpr b:
                bool cond2 = !b.IsAnd;
                Label next2 = cond2 != cond ? new Label() : next;
                for (int i = 0; i < b.Values.Length - 1; i++)
                {
                    JumpIf(b.Values[i], next2, cond2);
                }
                JumpIf(b.Values[^1], next, cond);
                if (next2 != next)
                {
                    Use(next2);
                }
                return;
            case CompareExpr { Ops.Length: > 1 } c:
                ChainedCompareJump(c, next, cond);
                return;
        }
        Expression(e);
        Emit(Opcode.TO_BOOL, e.Pos);
        Jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, e.Pos);
    }

    private void ChainedCompareJump(CompareExpr c, Label next, bool cond)
    {
        var cleanup = new Label();
        Expression(c.Left);
        for (int i = 0; i < c.Ops.Length - 1; i++)
        {
            Expression(c.Comparators[i]);
            Emit(Opcode.SWAP, 2, c.Pos);
            Emit(Opcode.COPY, 2, c.Pos);
            AddCompare(c.Ops[i], c.Pos);
            Emit(Opcode.TO_BOOL, c.Pos);
            Jump(Opcode.POP_JUMP_IF_FALSE, cleanup, c.Pos);
        }
        Expression(c.Comparators[^1]);
        AddCompare(c.Ops[^1], c.Pos);
        Emit(Opcode.TO_BOOL, c.Pos);
        Jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, c.Pos);
        var end = new Label();
        Jump(PseudoOp.JumpNoInterrupt, end, _noLocation);
        Use(cleanup);
        Emit(Opcode.POP_TOP, c.Pos);
        if (!cond)
        {
            Jump(PseudoOp.JumpNoInterrupt, next, _noLocation);
        }
        Use(end);
    }
}
