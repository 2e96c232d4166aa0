namespace Voisinage.Grains;

/// <summary>The free-text rule every content grain shares (posts, listings, messages).</summary>
internal static class TextRules
{
    /// <summary>Checks a free text: trimmed, non-empty, at most <paramref name="max"/> characters.</summary>
    public static string Text(string? value, string name, int max, bool required = true)
    {
        var text = value?.Trim() ?? string.Empty;
        if (required && text.Length == 0)
        {
            throw VoisinageException.BadInput($"{name} is required.");
        }

        return text.Length <= max ? text : throw VoisinageException.BadInput($"{name} is at most {max} characters.");
    }
}
