namespace Voisinage.WebApi.Demo;

/// <summary>A resident the demo data creates, with the password anyone may sign in with (demo mode only).</summary>
public sealed record DemoAccount(string Pseudo, string Password, string Role);
