namespace Voisinage.Tests.Infrastructure;

/// <summary>Waiting on what a one-way call does (no event to wait on): the condition is asked again until it holds.</summary>
public static class Polling
{
    /// <summary>Asks <paramref name="condition"/> every 20 ms until it holds; fails after 30 s.</summary>
    public static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(20);
        }
    }
}
