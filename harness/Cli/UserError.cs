namespace StencilBench.Harness.Cli;

/// <summary>A mistake in what the user asked for: printed as one line, exit code 2.</summary>
public sealed class UserError(string message) : Exception(message);
