import { describe, expect, it } from 'vitest';
import { endpointProblems, exportConfigFromEnv, parseDomainArn, parseDomainEndpoint, EXPORT_ENV } from '../../lambdas/export/index.ts';

const ENDPOINT = 'https://search-news-room-1-abcdefghijklmnopqrstuvwxyz.eu-west-1.es.amazonaws.com';

describe('Function: parseDomainEndpoint', () => {
  it('reads the domain name and region of a public or VPC domain endpoint', () => {
    expect(parseDomainEndpoint(ENDPOINT)).toEqual({ domainName: 'news-room-1', region: 'eu-west-1' });
    expect(parseDomainEndpoint('https://vpc-wires-0123456789abcdef.us-gov-west-1.es.amazonaws.com/')).toEqual({ domainName: 'wires', region: 'us-gov-west-1' });
  });

  it('reads nothing from a custom endpoint or a serverless collection', () => {
    expect(parseDomainEndpoint('https://search.newsroom.example')).toBeUndefined();
    expect(parseDomainEndpoint('https://abc123.eu-west-1.aoss.amazonaws.com')).toBeUndefined();
    expect(parseDomainEndpoint('not a url')).toBeUndefined();
  });
});

describe('Function: parseDomainArn', () => {
  it('reads a domain ARN', () => {
    expect(parseDomainArn('arn:aws:es:eu-west-1:123456789012:domain/news')).toEqual({ partition: 'aws', region: 'eu-west-1', account: '123456789012', domainName: 'news' });
    expect(parseDomainArn('arn:aws:es:eu-west-1:123456789012:domain/news/*')).toBeUndefined();
  });
});

describe('Function: endpointProblems', () => {
  it('finds nothing wrong with a domain endpoint, with or without its matching ARN', () => {
    expect(endpointProblems({ endpoint: ENDPOINT })).toEqual([]);
    expect(endpointProblems({ endpoint: `${ENDPOINT}/`, index: 'stories-v2', domainArn: 'arn:aws:es:eu-west-1:123456789012:domain/news-room-1' })).toEqual([]);
    expect(endpointProblems({ endpoint: 'https://search.newsroom.example', domainArn: 'arn:aws:es:eu-west-1:123456789012:domain/news' })).toEqual([]);
  });

  it('names every problem at once', () => {
    // Act
    const problems = endpointProblems({ endpoint: 'http://search.newsroom.example/path', index: 'Stories*', domainArn: 'arn:aws:es:eu-west-1:1:domain/x' });

    // Assess
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/https/);
    expect(problems.join('\n')).toMatch(/origin alone/);
    expect(problems.join('\n')).toMatch(/index must be/);
    expect(problems.join('\n')).toMatch(/domainArn must be/);
  });

  it('asks for the ARN of a custom endpoint, and refuses an ARN of another domain', () => {
    expect(endpointProblems({ endpoint: 'https://search.newsroom.example' })).toEqual([expect.stringMatching(/give domainArn/)]);
    expect(endpointProblems({ endpoint: ENDPOINT, domainArn: 'arn:aws:es:eu-west-1:123456789012:domain/other' })).toEqual([expect.stringMatching(/names domain other/)]);
  });
});

describe('Function: exportConfigFromEnv', () => {
  it('takes the region from the endpoint and the default index', () => {
    expect(exportConfigFromEnv({ [EXPORT_ENV.endpoint]: `${ENDPOINT}/`, [EXPORT_ENV.deadLetters]: 'https://sqs/q' }))
      .toEqual({ endpoint: ENDPOINT, index: 'newswire-stories', region: 'eu-west-1', deadLetterQueueUrl: 'https://sqs/q' });
  });

  it('requires the endpoint and the dead-letter queue', () => {
    expect(() => exportConfigFromEnv({ [EXPORT_ENV.deadLetters]: 'q' })).toThrow(EXPORT_ENV.endpoint);
    expect(() => exportConfigFromEnv({ [EXPORT_ENV.endpoint]: ENDPOINT })).toThrow(EXPORT_ENV.deadLetters);
  });
});
