namespace StencilBench.Generator.Stencils;

/// <summary>
/// Compiles the template once per uop (and the shim once) for a target, in parallel, and builds
/// a stencil group from each object: CPython's Tools/jit/_targets.py in C#.
/// </summary>
public sealed class StencilCompiler(Target target, LlvmTools tools, StencilInputs inputs)
{
    public const string ShimName = "shim";

    /// <summary>The shim's group, then one group per uop in id order.</summary>
    public IReadOnlyList<GeneratedGroup> Build(IReadOnlyList<(int Id, string Name)> uops)
    {
        string work = Path.Combine(Path.GetTempPath(), $"sb-stencils-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var jobs = new List<(int Id, string Name, string Source, string[] Defines)> { (-1, ShimName, inputs.ShimSource, []) };
            jobs.AddRange(uops.Select(u => (u.Id, u.Name, inputs.TemplateSource, new[] { $"-D_JIT_OPCODE={u.Name}" })));
            var objects = jobs.Select(j => Path.Combine(work, $"{j.Name}.o")).ToList();
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                tools.Compile([.. target.AllClangArguments, .. jobs[i].Defines, .. inputs.IncludeArguments, "-c", jobs[i].Source, "-o", objects[i]]));
            var files = target.ReadObjects(tools.ReadObjects(objects));
            var disassembly = tools.Disassemble(objects);
            var builder = new StencilBuilder(target);
            return [.. jobs.Select((j, i) => builder.Build(j.Name, j.Id, files[i], disassembly[i]))];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
