namespace Jixiao.Cli.Bulk;

/// <summary>
/// Maps items on a fixed number of threads and yields the results in input order, holding at most a window of
/// results. PLINQ's AsOrdered merge has no such bound: behind one slow document (a large PDF) the other workers ran
/// 3,400 documents ahead in a test, and every one of those results stayed in memory.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Results in flight per worker: enough to keep every core busy past a slow document, few enough to stay small.</summary>
    public const int WindowPerWorker = 32;

    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> source, Func<T, TResult> map, int degree) =>
        Map(source, map, degree, degree * WindowPerWorker);

    /// <param name="degree">Items mapped at once.</param>
    /// <param name="window">Results started but not yet taken by the caller; the source is read no further ahead.</param>
    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> source, Func<T, TResult> map, int degree, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, degree);
        return Run(source, map, degree, window);
    }

    private static IEnumerable<TResult> Run<T, TResult>(IEnumerable<T> source, Func<T, TResult> map, int degree, int window)
    {
        // The scheduler runs queued tasks first in, first out, never more than `degree` at a time.
        var factory = new TaskFactory(new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler);
        var pending = new Queue<Task<TResult>>(window);
        using var items = source.GetEnumerator();
        while (true)
        {
            // A full window is emptied by one before the source is read again.
            if (pending.Count == window)
                yield return pending.Dequeue().GetAwaiter().GetResult();
            if (!items.MoveNext())
                break;
            var item = items.Current;
            pending.Enqueue(factory.StartNew(() => map(item)));
        }
        while (pending.Count > 0)
            yield return pending.Dequeue().GetAwaiter().GetResult();
    }
}
