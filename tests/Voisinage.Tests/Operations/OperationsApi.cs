using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Auth;

namespace Voisinage.Tests.Operations;

/// <summary>The embedded WebApi with one operator account of its own (the default telemetry: Prometheus on, no OTLP).</summary>
public sealed class OperationsApi() : ApiFactory(new Dictionary<string, string?> { ["Voisinage:Verification:Operators:0"] = OperatorResidentId, ["Voisinage:Dashboard:Enabled"] = "true" })
{
    public const string OperatorResidentId = "0123456789abcdef0123456789abcdef";

    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private string? _operatorToken;

    /// <summary>A token of the operator, whose resident is created on first use.</summary>
    public async Task<string> OperatorToken()
    {
        await _operatorLock.WaitAsync();
        try
        {
            if (_operatorToken is null)
            {
                var resident = Services.GetRequiredService<IGrainFactory>().GetGrain<IResidentAccountGrain>(OperatorResidentId);
                var (pseudo, email) = TestSettings.NewIdentity("operator");
                await resident.Create(pseudo, email);
                var version = await resident.GetTokenVersion() ?? throw new InvalidOperationException("The operator was not created.");
                _operatorToken = Services.GetRequiredService<TokenService>().Issue(new SignedIn(OperatorResidentId, pseudo, version)).Token;
            }

            return _operatorToken;
        }
        finally
        {
            _operatorLock.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsApi>
{
    public const string Name = "operations";
}
