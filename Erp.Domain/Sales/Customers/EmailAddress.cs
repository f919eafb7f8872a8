using System.Text.RegularExpressions;
using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>A plain check of an email address: one @, something before it, a dotted domain after it, no spaces.</summary>
public static partial class EmailAddress
{
    public static bool IsValid(string? email) => email is not null && email.Length <= 200 && Pattern().IsMatch(email);

    /// <summary>The trimmed address, or null when empty; throws <see cref="CustomerErrors.InvalidEmail"/> when malformed.</summary>
    public static string? Optional(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return IsValid(trimmed) ? trimmed : throw new DomainException(CustomerErrors.InvalidEmail);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Pattern();
}
