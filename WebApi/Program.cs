using GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Voisinage.Hosting;
using Voisinage.WebApi.Alerts;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.Edge;
using Voisinage.WebApi.Demo;
using Voisinage.WebApi.GraphQL;
using Voisinage.GraphQLTransport;
using Voisinage.WebApi.Notifications;
using Voisinage.WebApi.Operations;
using Voisinage.WebApi.Partners;
using Voisinage.WebApi.Web;

if (await SchemaExport.TryRunAsync(args) is int exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddVoisinageDemo();
var options = VoisinageOptions.From(builder.Configuration);

// Embedded: this process is the whole product (a silo co-hosted beside the API), unless told to be a client of
// silos already running on localhost (Voisinage:ClientOfLocalSilos, for tests on a multi-silo test cluster).
// PostgreSQL: a front-end, an Orleans client of the silos, unless told to co-host one.
var coHostSilo = options.Storage == StorageMode.Embedded
    ? !builder.Configuration.GetValue<bool>("Voisinage:ClientOfLocalSilos")
    : builder.Configuration.GetValue<bool>("Voisinage:CoHostSilo");
using (var startupLogs = LoggerFactory.Create(b => b.AddConsole()))
{
    if (StartupChecks.Check(options, builder.Configuration, coHostSilo, startupLogs.CreateLogger("Voisinage.Startup")) is { } problem)
    {
        await Console.Error.WriteLineAsync(problem);
        return 1;
    }
}

if (coHostSilo)
{
    using var loggerFactory = LoggerFactory.Create(b => b.AddConsole());
    await SiloHostingExtensions.PrepareStorageAsync(options, loggerFactory.CreateLogger("Voisinage.Storage"));
    // The front-end's calls retry a rejected message once (RejectedCallRetry); grains' own calls pass through it untouched.
    builder.UseOrleans(silo => silo.UseVoisinage(options, builder.Configuration).AddOutgoingGrainCallFilter<RejectedCallRetry>());
}
else
{
    builder.UseOrleansClient(client => client.UseVoisinage(options));
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddVoisinageHealthChecks(options);
builder.Services.AddVoisinageAlerts(builder.Configuration);
builder.Services.AddVoisinageNotifications();
builder.AddVoisinageObservability("voisinage-api");

var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
builder.Services.Configure<JwtOptions>(builder.Configuration.GetSection(JwtOptions.Section));
builder.Services.AddSingleton(SigningKeys.Resolve(jwt, options));
builder.Services.AddSingleton<TokenService>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<TokenService>((o, tokens) =>
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = tokens.ValidationParameters();
        o.Events = new JwtBearerEvents { OnTokenValidated = TokenRevocation.CheckAsync, OnMessageReceived = AlertServices.ReadHubAccessToken };
    });
builder.Services.AddAuthorization();
builder.Services.AddOperatorDashboard(builder.Configuration);
builder.Services.AddGraphQLTransport(builder.Configuration.GetSection("Voisinage:GraphQL"), Observability.MeterName);
builder.Services.AddSingleton<IGraphQLOperationObserver, ApiTelemetryObserver>();
builder.Services.AddVoisinageRateLimits(builder.Configuration);
builder.Services.AddBrowserSession();
builder.Services.AddVoisinagePartners(builder.Configuration, options);
builder.Services.AddVoisinageWebApp(builder.Configuration);
builder.Services.AddVoisinageGraphiQL(builder.Configuration);

builder.Services.AddGraphQL(b => b
    .AddSchema<VoisinageSchema>()
    .AddSystemTextJson()
    .AddGraphTypes(typeof(VoisinageSchema).Assembly)
    .AddErrorInfoProvider<VoisinageErrorInfoProvider>()
    .AddExecutionStrategy<SharedSubscriptionEvents>(GraphQLParser.AST.OperationType.Subscription)
    .AddUnhandledExceptionHandler(DomainErrors.Translate));

var app = builder.Build();
app.UseVoisinageForwardedHeaders();
app.UseVoisinageSecurityHeaders();
app.UseVoisinageGraphiQL();
app.UseVoisinageOperationsGate();
app.UseWebSockets();
app.UseAuthentication();
app.UseAuthorization();
app.UseVoisinageRateLimits();
app.MapVoisinageHealthChecks();
app.MapVoisinageObservability();
app.MapOperatorDashboard();
app.MapGraphQLWebSockets<VoisinageSchema>("/graphql");
app.MapGraphQLHttp<VoisinageSchema>("/graphql");
app.MapHub<AlertsHub>(AlertsHub.Path);
app.MapVoisinagePartners();
app.MapDigestUnsubscribe();
app.UseVoisinageWebApp();
return await StartupChecks.RunAsync(app, options, coHostSilo);

/// <summary>Entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
