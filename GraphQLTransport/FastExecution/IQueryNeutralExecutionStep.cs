namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// Marks a GraphQL.NET <c>IConfigureExecution</c> step that changes nothing for queries (e.g. a rate limit on
/// mutations): the fast path, which runs queries without GraphQL.NET's execution pipeline, may then skip it. Any other
/// step wrapped around execution keeps every request on GraphQL.NET.
/// </summary>
public interface IQueryNeutralExecutionStep;
