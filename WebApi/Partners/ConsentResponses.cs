namespace Voisinage.WebApi.Partners;

/// <summary>
/// The consent page posts the resident's decision with <c>fetch</c> and this header, and gets the redirect OpenIddict
/// produced (back to the partner with a code or an error, or to the consent page to sign in) as a 200 with the target in
/// <see cref="Target"/>, then navigates there itself. A form post could not follow that redirect: the app's
/// <c>form-action 'self'</c> policy also applies to where a form's answer redirects. The custom header keeps
/// cross-site pages out (it cannot be sent without a CORS preflight, which this origin never grants).
/// </summary>
public static class ConsentResponses
{
    public const string Marker = "Voisinage-Consent";
    public const string Target = "Voisinage-Redirect";

    public static IApplicationBuilder UseConsentResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.Equals(PartnerEndpoints.AuthorizePath, StringComparison.OrdinalIgnoreCase)
            && context.Request.Headers.ContainsKey(Marker))
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is StatusCodes.Status302Found or StatusCodes.Status303SeeOther && response.Headers.Location.Count == 1)
                {
                    response.Headers[Target] = response.Headers.Location.ToString();
                    response.Headers.Remove("Location");
                    response.StatusCode = StatusCodes.Status200OK;
                    response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    });

    /// <summary>Put first in the pipeline (before authentication, where OpenIddict answers invalid requests).</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseConsentResponses();
            next(app);
        };
    }
}
