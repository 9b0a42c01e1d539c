namespace StencilBench.Generator;

/// <summary>Writes a generated file only when its text changes, so clang and csc stay incremental.</summary>
public static class GeneratedFile
{
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
