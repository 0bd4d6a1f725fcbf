using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

/// <summary>
/// The core allocator behind Sandbox:ParallelTests: no core is leased twice at once, a request takes what is free
/// (fewer, or none, when cores are busy), and cores come back when a lease ends or gives some up.
/// </summary>
public class CoreAllocatorTests
{
    [Test]
    public void A_lease_takes_the_lowest_free_cores_and_gives_them_back_when_disposed()
    {
        var cores = new CoreAllocator(4, holders: 1);

        using (var first = cores.Acquire(2))
        {
            Assert.That(first.Cores, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(cores.Free, Is.EqualTo(2));
        }

        Assert.That(cores.Free, Is.EqualTo(4));
    }

    [Test]
    public void When_cores_are_busy_a_request_gets_fewer_or_none_and_never_one_already_leased()
    {
        var cores = new CoreAllocator(2, holders: 3);
        using var first = cores.Acquire(1);
        using var second = cores.Acquire(2);
        using var third = cores.Acquire(2);

        Assert.Multiple(() =>
        {
            Assert.That(first.Cores, Is.EqualTo(new[] { 0 }));
            Assert.That(second.Cores, Is.EqualTo(new[] { 1 }), "only one core was free");
            Assert.That(third.Cores, Is.Empty, "none was free");
        });
    }

    [Test]
    public void A_lease_takes_extra_cores_only_beyond_one_for_each_other_submission_that_may_start()
    {
        var cores = new CoreAllocator(4, holders: 2);

        var first = cores.Acquire(4);
        var second = cores.Acquire(4);

        Assert.Multiple(() =>
        {
            Assert.That(first.Cores, Is.EqualTo(new[] { 0, 1, 2 }), "one core is kept for the second submission the worker may judge");
            Assert.That(second.Cores, Is.EqualTo(new[] { 3 }), "the second gets its one core");
        });
        first.Dispose();
        using var third = cores.Acquire(4);
        Assert.That(third.Cores, Is.EqualTo(new[] { 0, 1, 2 }), "with the second still alive, the third may take every free core");
        second.Dispose();
    }

    [Test]
    public void With_as_many_submissions_as_cores_each_gets_one_core_and_none_an_extra()
    {
        var cores = new CoreAllocator(2, holders: 2);
        using var first = cores.Acquire(2);
        using var second = cores.Acquire(2);

        Assert.Multiple(() =>
        {
            Assert.That(first.Cores, Is.EqualTo(new[] { 0 }));
            Assert.That(second.Cores, Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void Keep_gives_the_cores_not_used_back_at_once()
    {
        var cores = new CoreAllocator(3, holders: 1);
        var lease = cores.Acquire(3);

        lease.Keep(1);

        Assert.Multiple(() =>
        {
            Assert.That(lease.Cores, Is.EqualTo(new[] { 0 }));
            Assert.That(cores.Acquire(3).Cores, Is.EqualTo(new[] { 1, 2 }));
        });
        lease.Dispose();
        lease.Dispose();
        Assert.That(cores.Free, Is.EqualTo(1), "disposing twice gives core 0 back once; 1 and 2 are still leased");
    }

    [Test]
    public async Task Concurrent_leases_never_share_a_core()
    {
        var cores = new CoreAllocator(4, holders: 8);
        var holders = new int[4];
        var overlaps = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                using var lease = cores.Acquire(1 + i % 3);
                foreach (var core in lease.Cores)
                {
                    if (Interlocked.Increment(ref holders[core]) > 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }
                }
                await Task.Yield();
                foreach (var core in lease.Cores)
                {
                    Interlocked.Decrement(ref holders[core]);
                }
            }
        })));

        Assert.Multiple(() =>
        {
            Assert.That(overlaps, Is.Zero, "a core was leased to two holders at once");
            Assert.That(cores.Free, Is.EqualTo(4));
        });
    }

    [Test]
    public void The_unpinned_range_names_every_core()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new CoreAllocator(1, 1).All, Is.EqualTo("0"));
            Assert.That(new CoreAllocator(2, 1).All, Is.EqualTo("0-1"));
            Assert.That(() => new CoreAllocator(0, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }
}
