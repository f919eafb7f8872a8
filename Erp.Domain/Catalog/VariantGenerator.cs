using System.Text;
using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>One variant axis chosen for generation: an attribute and the values wanted.</summary>
public sealed record VariantAxis(string Attribute, IReadOnlyList<string> Values);

/// <summary>A variant to create: its label ("Size: M · Colour: Red") and its SKU.</summary>
public sealed record VariantSpec(string Label, string Sku);

/// <summary>Builds every combination of the chosen attribute values (3 sizes × 4 colours = 12), each with its own SKU.</summary>
public static class VariantGenerator
{
    public const int MaxVariants = 500;

    public static Result<IReadOnlyList<VariantSpec>> Generate(string parentSku, IReadOnlyList<VariantAxis> axes)
    {
        var used = axes.Select(a => a with { Values = a.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList() })
            .Where(a => a.Values.Count > 0).ToList();
        if (used.Count == 0)
        {
            return CatalogErrors.VariantsNeedAxes;
        }

        if (used.Aggregate(1L, (n, a) => n * a.Values.Count) > MaxVariants)
        {
            return CatalogErrors.TooManyVariants;
        }

        IEnumerable<List<(string Attribute, string Value)>> combos = [[]];
        foreach (var axis in used)
        {
            combos = combos.SelectMany(c => axis.Values.Select(v => new List<(string, string)>(c) { (axis.Attribute, v) })).ToList();
        }

        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var specs = new List<VariantSpec>();
        foreach (var combo in combos)
        {
            var baseSku = parentSku.Trim().ToUpperInvariant() + "-" + string.Join("-", combo.Select(c => SkuPart(c.Value)));
            var sku = baseSku;
            for (var n = 2; !skus.Add(sku); n++)
            {
                sku = $"{baseSku}{n}";
            }

            specs.Add(new VariantSpec(string.Join(" · ", combo.Select(c => $"{c.Attribute}: {c.Value}")), sku));
        }

        return specs;
    }

    /// <summary>Letters and digits of the value, upper case, at most 6 characters ("Navy blue" → "NAVYBL").</summary>
    private static string SkuPart(string value)
    {
        var part = new StringBuilder();
        foreach (var ch in value.Where(char.IsAsciiLetterOrDigit).Take(6))
        {
            part.Append(char.ToUpperInvariant(ch));
        }

        return part.Length > 0 ? part.ToString() : "X";
    }
}
