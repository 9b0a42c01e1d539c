using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Frontend.Compiling;

/// <summary>Statements, in the shapes of CPython 3.14's <c>codegen_*</c> functions of the same names.</summary>
internal sealed partial class CodeGenerator
{
    private void Statement(Stmt s)
    {
        switch (s)
        {
            case AssignStmt a:
                Expression(a.Value);
                Store(a.Target);
                break;
            case AugAssignStmt a:
                AugAssign(a);
                break;
            case ExprStmt e when e.Value is ConstantExpr:
                Emit(Opcode.NOP, s.Pos);
                break;
            case ExprStmt e:
                Expression(e.Value);
                Emit(Opcode.POP_TOP, _noLocation);
                break;
            case PassStmt:
                Emit(Opcode.NOP, s.Pos);
                break;
            case IfStmt i:
                If(i);
                break;
            case WhileStmt w:
                While(w);
                break;
            case ForStmt f:
                For(f);
                break;
            case BreakStmt:
                Break(s.Pos);
                break;
            case ContinueStmt:
                Continue(s.Pos);
                break;
            case ReturnStmt r:
                Return(r);
                break;
            default:
                throw PythonSyntaxError.Unsupported(s.Pos, "this statement");
        }
    }

    private void Store(Expr target)
    {
        switch (target)
        {
            case NameExpr n:
                Emit(Opcode.STORE_FAST, VarIndex(n.Id), n.Pos);
                break;
            case SubscriptExpr sub:
                Expression(sub.Value);
                Expression(sub.Index);
                Emit(Opcode.STORE_SUBSCR, sub.Pos);
                break;
            case TupleExpr t:
                Unpack(t.Items, t.Pos);
                break;
            case ListExpr l:
                Unpack(l.Items, l.Pos);
                break;
            default:
                throw new PythonSyntaxError(target.Pos, "cannot assign to this expression");
        }
    }

    private void Unpack(IReadOnlyList<Expr> items, SourcePos pos)
    {
        Emit(Opcode.UNPACK_SEQUENCE, items.Count, pos);
        foreach (Expr item in items)
        {
            Store(item);
        }
    }

    private void AugAssign(AugAssignStmt a)
    {
        int op = BinaryOpArg.Of(a.Op) + BinaryOpArg.InPlaceOffset;
        if (a.Target is SubscriptExpr sub)
        {
            Expression(sub.Value);
            Expression(sub.Index);
            Emit(Opcode.COPY, 2, sub.Pos);
            Emit(Opcode.COPY, 2, sub.Pos);
            Emit(Opcode.BINARY_OP, BinaryOpArg.Subscript, sub.Pos);
            Expression(a.Value);
            Emit(Opcode.BINARY_OP, op, a.Pos);
            Emit(Opcode.SWAP, 3, sub.Pos);
            Emit(Opcode.SWAP, 2, sub.Pos);
            Emit(Opcode.STORE_SUBSCR, sub.Pos);
            return;
        }
        var name = (NameExpr)a.Target;
        LoadName(name);
        Expression(a.Value);
        Emit(Opcode.BINARY_OP, op, a.Pos);
        Emit(Opcode.STORE_FAST, VarIndex(name.Id), name.Pos);
    }

    private void If(IfStmt s)
    {
        var end = new Label();
        Label next = s.OrElse.Length > 0 ? new Label() : end;
        JumpIf(s.Test, next, false);
        Statements(s.Body);
        if (s.OrElse.Length > 0)
        {
            Jump(PseudoOp.JumpNoInterrupt, end, _noLocation);
            Use(next);
            Statements(s.OrElse);
        }
        Use(end);
    }

    private void While(WhileStmt s)
    {
        var loop = new Label();
        var end = new Label();
        var anchor = new Label();
        Use(loop);
        _loops.Push(new Loop(loop, end, IsFor: false));
        JumpIf(s.Test, anchor, false);
        Statements(s.Body);
        Jump(PseudoOp.Jump, loop, _noLocation);
        _loops.Pop();
        Use(anchor);
        Use(end);
    }

    private void For(ForStmt s)
    {
        var start = new Label();
        var cleanup = new Label();
        var end = new Label();
        _loops.Push(new Loop(start, end, IsFor: true));
        Expression(s.Iter);
        Emit(Opcode.GET_ITER, s.Iter.Pos);
        Use(start);
        Jump(Opcode.FOR_ITER, cleanup, s.Iter.Pos);
        Emit(Opcode.NOP, s.Target.Pos);
        Store(s.Target);
        Statements(s.Body);
        Jump(PseudoOp.Jump, start, _noLocation);
        Use(cleanup);
        Emit(Opcode.END_FOR, _noLocation);
        Emit(Opcode.POP_ITER, _noLocation);
        _loops.Pop();
        Use(end);
    }

    private void Break(SourcePos pos)
    {
        Emit(Opcode.NOP, pos);
        Loop loop = _loops.Count > 0 ? _loops.Peek() : throw new PythonSyntaxError(pos, "'break' outside loop");
        if (loop.IsFor)
        {
            Emit(Opcode.POP_TOP, pos);
        }
        Jump(PseudoOp.Jump, loop.Exit, pos);
    }

    private void Continue(SourcePos pos)
    {
        Emit(Opcode.NOP, pos);
        Loop loop = _loops.Count > 0 ? _loops.Peek() : throw new PythonSyntaxError(pos, "'continue' not properly in loop");
        Jump(PseudoOp.Jump, loop.Start, pos);
    }

    private void Return(ReturnStmt s)
    {
        bool preserveTos = s.Value is not null and not ConstantExpr;
        if (preserveTos)
        {
            Expression(s.Value!);
        }
        else if (s.Value is not null)
        {
            Emit(Opcode.NOP, s.Value.Pos);
        }
        if (s.Value is null || s.Value.Pos.Line != s.Pos.Line)
        {
            Emit(Opcode.NOP, s.Pos);
        }
        foreach (Loop loop in _loops)
        {
            if (loop.IsFor)
            {
                if (preserveTos)
                {
                    Emit(Opcode.SWAP, 2, s.Pos);
                }
                Emit(Opcode.POP_TOP, s.Pos);
            }
        }
        if (!preserveTos)
        {
            LoadConst(s.Value is ConstantExpr c ? c.Value : NoneValue.Instance, s.Pos);
        }
        Emit(Opcode.RETURN_VALUE, s.Pos);
    }

    private void Statements(IEnumerable<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            Statement(s);
        }
    }
}
