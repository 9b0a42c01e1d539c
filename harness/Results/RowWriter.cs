using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>
/// Appends rows of one type to a CSV file, header first, flushing after every row so that a
/// crash or Ctrl-C loses nothing already measured.
/// </summary>
public sealed class RowWriter<T> : IDisposable
{
    private readonly StreamWriter _stream;
    private readonly CsvWriter _csv;

    public string Path { get; }

    public RowWriter(string path)
    {
        Path = path;
        _stream = new StreamWriter(path, append: false);
        _csv = CsvWriter.Create(_stream, new CsvWriterOptions(), leaveOpen: true);
        _csv.WriteHeader<T>();
        Flush();
    }

    public void Write(T row)
    {
        _csv.WriteRecord(row);
        Flush();
    }

    private void Flush()
    {
        _csv.Flush();
        _stream.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}
