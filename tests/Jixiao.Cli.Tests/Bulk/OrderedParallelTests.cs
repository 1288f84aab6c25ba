using Jixiao.Cli.Bulk;

namespace Jixiao.Cli.Tests.Bulk;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_each_item_takes()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(i % 7 == 0 ? 5 : 0);
            return i * 2;
        }, degree: 4, window: 8).ToList();

        results.ShouldBe(Enumerable.Range(0, 200).Select(i => i * 2));
    }

    [Fact]
    public void Behind_a_slow_item_no_more_than_the_window_is_read_ahead()
    {
        var read = 0;
        var taken = 0;
        var mostAhead = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                mostAhead = Math.Max(mostAhead, Interlocked.Increment(ref read) - Volatile.Read(ref taken));
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Map(Source(), i => i == 0 ? Wait(200) : i, degree: 2, window: 6))
            Interlocked.Increment(ref taken);

        mostAhead.ShouldBeLessThanOrEqualTo(6);
        taken.ShouldBe(100);
    }

    [Fact]
    public void Never_more_than_degree_items_run_at_once()
    {
        var running = 0;
        var most = 0;
        OrderedParallel.Map(Enumerable.Range(0, 60), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, degree: 2, window: 16).Count().ShouldBe(60);

        most.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void An_exception_surfaces_at_its_place_in_the_order()
    {
        var seen = new List<int>();
        var error = Should.Throw<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 10), i => i == 5 ? throw new InvalidOperationException("item 5") : i, degree: 2))
                seen.Add(r);
        });

        error.Message.ShouldBe("item 5");
        seen.ShouldBe([0, 1, 2, 3, 4]);
    }

    private static int Wait(int ms)
    {
        Thread.Sleep(ms);
        return 0;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
