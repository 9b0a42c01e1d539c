namespace StencilBench.Harness.Results;

/// <summary>A damaged results file: the message is one line naming file:line and what is wrong.</summary>
public sealed class ResultsFileException(string message) : Exception(message);
