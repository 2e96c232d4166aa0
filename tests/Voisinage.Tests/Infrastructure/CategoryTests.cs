using System.Reflection;

namespace Voisinage.Tests.Infrastructure;

/// <summary>Every test class says which kind it is, or a filter on categories would silently leave it out.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CategoryTests
{
    private static readonly HashSet<string> Known = [Category.Unit, Category.Grain, Category.Api, Category.Postgres, Category.Fault];

    [Fact]
    public void Every_test_class_carries_a_known_category()
    {
        var testClasses = typeof(CategoryTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))
            .ToList();
        Assert.Contains(typeof(CategoryTests), testClasses);

        var missing = testClasses.Where(t => !Categories(t).Any(Known.Contains)).Select(t => t.FullName).ToList();
        Assert.Empty(missing);
    }

    /// <summary>The values of the type's Category traits (xunit 2 keeps them only as the attribute's constructor arguments).</summary>
    private static IEnumerable<string> Categories(Type type) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Category.Name)
            .Select(a => (string)a.ConstructorArguments[1].Value!);
}
