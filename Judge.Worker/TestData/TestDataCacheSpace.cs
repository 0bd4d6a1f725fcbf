namespace Judge.Worker.TestData;

/// <summary>
/// The test-data cache's disk space, by problem-version directory: the bytes of its files, how many holders use it, and
/// when it was last used. Beyond <c>boundBytes</c>, the least recently used directories that nobody holds are deleted
/// whole. Thread-safe: one lock, under which files are put in place and directories deleted, so a file is never written
/// into a directory being deleted. Starts empty: the worker's tree is made afresh at start.
/// </summary>
internal sealed class TestDataCacheSpace(long boundBytes, ILogger logger)
{
    private sealed class Entry
    {
        public long Bytes;
        public int Holders;
        public long LastUsed;
    }

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private long _clock;

    /// <summary>Bytes of all cached files.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Holds <paramref name="directory"/> until disposed: it is not deleted meanwhile. Holds nest (counted).</summary>
    public IDisposable Hold(string directory)
    {
        lock (_lock)
        {
            var entry = EntryOf(directory);
            entry.Holders++;
            entry.LastUsed = ++_clock;
        }
        return new Holding(this, directory);
    }

    /// <summary>
    /// Renames <paramref name="temporary"/> to <paramref name="path"/> (replacing a file there) and counts its
    /// <paramref name="bytes"/>; then deletes unheld directories beyond the bound. The caller holds <paramref name="directory"/>.
    /// </summary>
    /// <exception cref="IOException">The rename failed.</exception>
    public void Place(string directory, string temporary, string path, long bytes)
    {
        lock (_lock)
        {
            var replaced = new FileInfo(path) is { Exists: true } existing ? existing.Length : 0;
            File.Move(temporary, path, overwrite: true);
            EntryOf(directory).Bytes += bytes - replaced;
            _bytes += bytes - replaced;
            DeleteBeyondBound();
        }
    }

    private void Release(string directory)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(directory, out var entry))
            {
                entry.Holders--;
                entry.LastUsed = ++_clock;
            }
            DeleteBeyondBound();
        }
    }

    private Entry EntryOf(string directory)
    {
        if (!_entries.TryGetValue(directory, out var entry))
        {
            entry = new Entry();
            _entries[directory] = entry;
        }
        return entry;
    }

    // Called under the lock.
    private void DeleteBeyondBound()
    {
        while (_bytes > boundBytes)
        {
            var unheld = _entries.Where(e => e.Value.Holders == 0).ToList();
            if (unheld.Count == 0)
            {
                return;
            }
            var victim = unheld.MinBy(e => e.Value.LastUsed);
            _entries.Remove(victim.Key);
            _bytes -= victim.Value.Bytes;
            try
            {
                Directory.Delete(victim.Key, recursive: true);
                // The problem's directory goes too once its last version has.
                var problem = Path.GetDirectoryName(victim.Key)!;
                if (!Directory.EnumerateFileSystemEntries(problem).Any())
                {
                    Directory.Delete(problem);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Test-data cache: could not remove {Directory}: {Error}", victim.Key, e.Message);
            }
            logger.LogDebug("Test-data cache: removed {Directory} ({Bytes} bytes, least recently used) to stay within {BoundBytes} bytes",
                victim.Key, victim.Value.Bytes, boundBytes);
        }
    }

    private sealed class Holding(TestDataCacheSpace space, string directory) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                space.Release(directory);
            }
        }
    }
}
