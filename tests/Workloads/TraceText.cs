using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Workloads;

/// <summary>Small trace files for the tests: a header with two locals (a = 1, b unbound), the uops, an expect block.</summary>
internal static class TraceText
{
    public const string Head = "name: t\nlocals: a = 1, b\ntrace:\n";
    public const string Tail = "expect:\n    exit: exit\n";

    public static string WithUops(string uops) => Head + uops + Tail;

    public static WorkloadDefinition Parse(string text) => TraceFileParser.Parse(text, "t.uops");

    public static string ParseError(string text) => Assert.Throws<TraceException>(() => Parse(text)).Message;

    public static string InstantiateError(string text) =>
        Assert.Throws<TraceException>(() => Parse(text).Instantiate()).Message;
}
