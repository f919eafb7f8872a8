namespace Erp.Domain.Sales.Customers;

public enum CustomerKind
{
    Company = 0,
    Person = 1,
}

public enum CustomerStatus
{
    Active = 0,
    Blocked = 1,
}
