using System.Numerics;

namespace StencilBench.Frontend.Tier1;

/// <summary>Python's type name of a tier-1 object, for error messages.</summary>
public static class TypeNames
{
    public static string Of(object? value) => value switch
    {
        bool => "bool",
        BigInteger => "int",
        double => "float",
        PyNone => "NoneType",
        PyList => "list",
        PyTuple => "tuple",
        PyRange => "range",
        PyRangeIter => "range_iterator",
        PyListIter => "list_iterator",
        PyTupleIter => "tuple_iterator",
        PyBuiltin => "builtin_function_or_method",
        null => "NULL",
        _ => value.GetType().Name,
    };
}
