namespace StencilBench.Tests;

/// <summary>An object file clang-19 assembles from a test's assembly source, for the object readers' tests.</summary>
public static class ClangObject
{
    public static byte[] Assemble(string triple, string source, params string[] flags)
    {
        string dir = Directory.CreateTempSubdirectory("sb-object-").FullName;
        try
        {
            string input = Path.Combine(dir, "fixture.s"), output = Path.Combine(dir, "fixture.o");
            File.WriteAllText(input, source + "\n");
            var (code, errors) = ChildProcess.Run("clang-19", ["--target=" + triple, .. flags, "-c", input, "-o", output], TimeSpan.FromMinutes(1));
            Assert.True(code == 0, errors);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
