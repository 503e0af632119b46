using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>
/// A minimal Language Server Protocol client: JSON-RPC messages with Content-Length headers over the server's standard
/// input and output, as an editor talks to its language server.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly StringBuilder _log = new();
    private readonly object _writeLock = new();
    private readonly JsonObject? _settings;
    private int _lastId;

    private LanguageServer(Process process, JsonObject? settings)
    {
        _process = process;
        _settings = settings;
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginErrorReadLine();
        _ = Task.Run(ReadMessages);
    }

    /// <summary>What the server logged, on stderr and as window/logMessage notifications: shown when a test fails.</summary>
    public string LogText
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static LanguageServer Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(workingDirectory, environment, null, arguments);

    /// <summary>Starts a server whose <c>workspace/configuration</c> requests for the <c>csharp</c> section get <paramref name="settings"/>.</summary>
    public static LanguageServer Start(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, JsonObject? settings, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // As for builds: the server locates MSBuild itself, and must not inherit the test host's MSBuild session.
        foreach (var name in startInfo.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return new LanguageServer(Process.Start(startInfo) ?? throw new InvalidOperationException("The language server did not start."), settings);
    }

    public async Task<JsonNode?> Request(string method, JsonNode? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        using (cancellationToken.Register(() => response.TrySetCanceled(cancellationToken)))
        {
            return await response.Task;
        }
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Asks the server to shut down and exit, as an editor does on close, and ends it if it does not.</summary>
    public void Dispose()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            Request("shutdown", null, timeout.Token).GetAwaiter().GetResult();
            Notify("exit", null);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // A server that does not answer is ended below all the same.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeLock)
        {
            var stream = _process.StandardInput.BaseStream;
            stream.Write(header);
            stream.Write(body);
            stream.Flush();
        }
    }

    private async Task ReadMessages()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessage(stream) is { } message)
            {
                Dispatch(message);
            }
        }
        catch (IOException)
        {
            // The server went away; the pending requests fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException($"The language server closed its output.\n{LogText}"));
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method == "workspace/configuration" && id is not null && _settings is not null)
        {
            // The editor's settings: one answer per item asked for, the settings for the "csharp" section.
            var answers = new JsonArray();
            foreach (var item in message["params"]?["items"]?.AsArray() ?? [])
            {
                answers.Add(item?["section"]?.GetValue<string>() == "csharp" ? _settings.DeepClone() : null);
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = answers });
        }
        else if (method is not null && id is not null)
        {
            // A request from the server (registerCapability, workDoneProgress/create, configuration): an editor that
            // supports none of them still answers.
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = null });
        }
        else if (method is not null)
        {
            if (method == "window/logMessage")
            {
                Log(message["params"]?["message"]?.GetValue<string>());
            }
        }
        else if (id is not null && _pending.TryRemove(id.GetValue<int>(), out var pending))
        {
            if (message["error"] is { } error)
            {
                pending.TrySetException(new InvalidOperationException($"The language server answered with an error: {error.ToJsonString()}"));
            }
            else
            {
                pending.TrySetResult(message["result"]);
            }
        }
    }

    private static async Task<JsonObject?> ReadMessage(Stream stream)
    {
        var contentLength = -1;
        while (await ReadHeaderLine(stream) is { } line)
        {
            if (line.Length == 0)
            {
                var body = new byte[contentLength];
                await stream.ReadExactlyAsync(body);
                return JsonNode.Parse(body)?.AsObject();
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static async Task<string?> ReadHeaderLine(Stream stream)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer) == 1)
        {
            if (buffer[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)buffer[0]);
        }

        return null;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(line).Append('\n');
        }
    }
}
