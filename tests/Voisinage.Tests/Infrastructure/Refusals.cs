using Voisinage.Grains;

namespace Voisinage.Tests.Infrastructure;

/// <summary>The one way grain tests check a refusal: the call throws the domain's exception with the expected code.</summary>
public static class Refusals
{
    public static async Task AssertRefused(string code, Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<VoisinageException>(action);
        Assert.Equal(code, e.Code);
    }
}
