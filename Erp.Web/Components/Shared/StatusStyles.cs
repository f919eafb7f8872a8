using System.Collections.Concurrent;
using System.Text;
using MudBlazor;

namespace Erp.Web.Components.Shared;

/// <summary>How a status looks: colour and label.</summary>
public sealed record StatusStyle(Color Color, string Label);

/// <summary>
/// Status → colour/label map used by <see cref="StatusChip"/>. Common status names have a colour everywhere
/// (Draft grey, Posted green, Cancelled red…); a module registers its own enum values when it needs another look.
/// </summary>
public static class StatusStyles
{
    private static readonly Dictionary<string, Color> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Draft"] = Color.Default, ["New"] = Color.Default, ["Open"] = Color.Info, ["Pending"] = Color.Warning,
        ["Submitted"] = Color.Warning, ["AwaitingApproval"] = Color.Warning, ["Confirmed"] = Color.Info,
        ["Approved"] = Color.Primary, ["InProgress"] = Color.Info, ["PartiallyReceived"] = Color.Warning,
        ["PartiallyPaid"] = Color.Warning, ["Posted"] = Color.Success, ["Completed"] = Color.Success,
        ["Paid"] = Color.Success, ["Received"] = Color.Success, ["Shipped"] = Color.Success, ["Closed"] = Color.Dark,
        ["Active"] = Color.Success, ["Inactive"] = Color.Default, ["Rejected"] = Color.Error,
        ["Cancelled"] = Color.Error, ["Void"] = Color.Error, ["Voided"] = Color.Error, ["Reversed"] = Color.Secondary,
        ["Failed"] = Color.Error, ["Deleted"] = Color.Error,
    };

    private static readonly ConcurrentDictionary<(Type, string), StatusStyle> Registered = new();

    /// <summary>Gives one value of a status enum its own colour and, optionally, label.</summary>
    public static void Register<TStatus>(TStatus status, Color color, string? label = null) where TStatus : struct, Enum =>
        Registered[(typeof(TStatus), status.ToString())] = new StatusStyle(color, label ?? Humanize(status.ToString()));

    public static StatusStyle For(object? status)
    {
        if (status is null)
        {
            return new StatusStyle(Color.Default, "—");
        }

        var name = status.ToString() ?? "";
        return Registered.TryGetValue((status.GetType(), name), out var style)
            ? style
            : new StatusStyle(ByName.GetValueOrDefault(name, Color.Default), Humanize(name));
    }

    /// <summary>"PartiallyReceived" → "Partially received".</summary>
    public static string Humanize(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
