namespace StencilBench.Backends.CopyAndPatch;

/// <summary>Writes <paramref name="value"/> into the hole at <paramref name="location"/>.</summary>
public unsafe delegate void PatchFunction(byte* location, ulong value);
