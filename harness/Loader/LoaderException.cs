namespace StencilBench.Harness.Loader;

/// <summary>The native loader failed, stopped, or said something it should not have: one line naming what.</summary>
public sealed class LoaderException(string message) : Exception(message);
