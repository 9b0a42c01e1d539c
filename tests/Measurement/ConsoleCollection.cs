namespace StencilBench.Tests.Measurement;

/// <summary>Tests that swap Console.Out or Console.Error (process-wide) to read what a verb printed: run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
