using System.Globalization;

namespace Erp.Web.Features.Platform.Account;

/// <summary>The languages a user may choose; they drive number, date and currency formatting.</summary>
public static class UserLanguages
{
    public const string Default = "en-US";

    public static readonly IReadOnlyList<string> Codes =
        ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-BR", "sv-SE", "tr-TR"];

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);

    public static string DisplayName(string code) => CultureInfo.GetCultureInfo(code).NativeName;
}
