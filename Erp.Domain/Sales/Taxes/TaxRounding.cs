namespace Erp.Domain.Sales.Taxes;

/// <summary>Where tax is rounded to the cent: on each line, or once per rate on the document.</summary>
public enum TaxRounding
{
    PerLine = 0,
    PerDocument = 1,
}
