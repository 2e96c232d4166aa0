using Microsoft.Extensions.Time.Testing;

namespace Voisinage.Tests.Alerts;

/// <summary>
/// Orleans runs its own timers (stream pulling agents among them) on the injected TimeProvider, so with a fake clock
/// nothing is pulled from a stream queue until the clock moves. This moves it in small steps until the awaited event.
/// </summary>
public static class ClockPump
{
    public static async Task<T> Until<T>(FakeTimeProvider clock, Task<T> awaited, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!awaited.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The awaited event did not happen.");
            }

            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(awaited, Task.Delay(10));
        }

        return await awaited;
    }

    public static Task Until(FakeTimeProvider clock, Task awaited, TimeSpan? timeout = null) =>
        Until(clock, awaited.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), timeout);
}
